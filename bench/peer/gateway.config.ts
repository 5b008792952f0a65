// Hive Gateway as the peer in CaseBridge's benchmark, configured as a careful team would run it
// in production over the same four simulated agencies:
// - callers authenticate with the same bearer JWTs (signature checked against the demo
//   authorization server's JWKS, issuer and audience verified, missing or bad token refused);
// - welfare calls carry the agency's own client-credentials token, fetched once and cached until
//   shortly before it expires (what CaseBridge's welfare connector does);
// - vital records (SOAP 1.1) is served by a small resolver here, because the SOAP source
//   handler available from npm (@omnigraph/soap 0.96) has no compose-cli loader and speaks
//   SOAP 1.2 only; it sends the same SOAP 1.1 envelope and SOAPAction as CaseBridge;
// - every upstream call is cut at the same per-agency time limit as CaseBridge's: 2 s (its
//   production default) unless BENCH_HANG_TIMEOUT_MS gives the agency the benchmark makes hang another.
import {
  createRemoteJwksSigningKeyProvider,
  defineConfig,
  extractFromHeader,
} from '@graphql-hive/gateway';
import { XMLParser } from 'fast-xml-parser';

const base = Number(process.env.BENCH_PORT_BASE || 9100);
const issuer = process.env.BENCH_ISSUER || 'http://127.0.0.1:9000';
const defaultTimeoutMs = Number(process.env.BENCH_AGENCY_TIMEOUT_MS || 2000);
const hangAgency = (process.env.BENCH_HANG_AGENCY || 'vitals').toLowerCase();
const timeoutFor = (agency: string) =>
  agency.toLowerCase() === hangAgency ? Number(process.env.BENCH_HANG_TIMEOUT_MS || defaultTimeoutMs) : defaultTimeoutMs;
const welfareBase = `http://127.0.0.1:${base + 2}`;
const welfareClient = process.env.BENCH_WELFARE_CLIENT || 'casebridge:welfare-secret';
const vitalsUrl = `http://127.0.0.1:${base + 3}/registry/soap`;

type Token = { value: string; expiresAt: number };
let welfareToken: Token | undefined;
let welfareTokenPending: Promise<Token> | undefined;

async function fetchWelfareToken(): Promise<Token> {
  const response = await fetch(`${welfareBase}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(welfareClient).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
    signal: AbortSignal.timeout(timeoutFor('welfare')),
  });
  if (!response.ok) {
    throw new Error(`welfare token endpoint answered ${response.status}`);
  }
  const body = (await response.json()) as { access_token: string; expires_in: number };
  return { value: body.access_token, expiresAt: Date.now() + (body.expires_in - 30) * 1000 };
}

async function currentWelfareToken(): Promise<string> {
  if (welfareToken && welfareToken.expiresAt > Date.now()) {
    return welfareToken.value;
  }
  welfareTokenPending ??= fetchWelfareToken().finally(() => {
    welfareTokenPending = undefined;
  });
  welfareToken = await welfareTokenPending;
  return welfareToken.value;
}

const xml = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) =>
    ['Registrant', 'BirthRecord', 'AllegedFather', 'GeneticTest', 'Conflict'].includes(name),
});

// <v:GivenName>Ana</v:GivenName> -> { givenName: "Ana" }; empty elements mean "no value".
function camel(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map(camel);
  }
  if (node === '' || node === undefined) {
    return null;
  }
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      out[key === key.toUpperCase() ? key.toLowerCase() : key.charAt(0).toLowerCase() + key.slice(1)] = camel(value);
    }
    return out;
  }
  return node;
}

async function soap(operation: string, body: string): Promise<Record<string, any>> {
  const envelope =
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v="urn:state:vitals:registry:v1">' +
    `<soap:Body>${body}</soap:Body></soap:Envelope>`;
  const response = await fetch(vitalsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'text/xml; charset=utf-8',
      soapaction: `"urn:state:vitals:registry:v1/${operation}"`,
    },
    body: envelope,
    signal: AbortSignal.timeout(timeoutFor('vitals')),
  });
  const text = await response.text();
  const parsed = xml.parse(text)?.Envelope?.Body;
  if (!parsed || parsed.Fault) {
    throw new Error(`vital records answered ${response.status}${parsed?.Fault ? ': ' + parsed.Fault.faultstring : ''}`);
  }
  return parsed[`${operation}Response`] ?? {};
}

const escape = (value: string) =>
  value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function element(name: string, value: unknown): string {
  return value === undefined || value === null ? '' : `<v:${name}>${escape(String(value))}</v:${name}>`;
}

function birth(record: any) {
  const b = camel(record) as any;
  const paternity = b.paternity ?? null;
  return {
    ...b,
    paternity: paternity && {
      ...paternity,
      allegedFathers: paternity.allegedFather ?? [],
      geneticTests: paternity.geneticTest ?? [],
      conflicts: paternity.conflict ?? [],
    },
  };
}

export const gatewayConfig = defineConfig({
  supergraph: process.env.BENCH_SUPERGRAPH || '../.work/peer/supergraph.graphql',
  host: '127.0.0.1',
  port: Number(process.env.BENCH_PEER_PORT || 4000),
  logging: 'warn',
  upstreamTimeout: ({ subgraphName }) => timeoutFor(subgraphName ?? ''),
  jwt: {
    tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
    signingKeyProviders: [createRemoteJwksSigningKeyProvider({ jwksUri: `${issuer}/oauth2/jwks` })],
    tokenVerification: { issuer, audience: 'casebridge', algorithms: ['RS256'] },
    reject: { missingToken: true, invalidToken: true },
  },
  plugins: () => [
    {
      onFetch({ url, options, setOptions }) {
        if (!url.startsWith(welfareBase) || url.includes('/oauth/token')) {
          return;
        }
        return currentWelfareToken().then((token) => {
          const headers = new Headers(options.headers as HeadersInit);
          headers.set('authorization', `Bearer ${token}`);
          setOptions({ ...options, headers: Object.fromEntries(headers) });
        });
      },
    },
  ],
  additionalTypeDefs: /* GraphQL */ `
    type VitalsRegistrant {
      registrantId: String
      surname: String
      givenName: String
      middleName: String
      maidenSurname: String
      birthDate: String
      ssn: String
      sex: String
      deathDate: String
      certificate: String
      lastModified: String
    }
    type VitalsParty {
      registrantId: String
      name: String
      birthDate: String
    }
    type VitalsAllegedFather {
      registrantId: String
      name: String
      basis: String
    }
    type VitalsGeneticTest {
      testId: String
      allegedFatherId: String
      testDate: String
      result: String
      probability: String
    }
    type VitalsPaternity {
      method: String
      establishedDate: String
      vapSignedDate: String
      vapRescissionDeadline: String
      vapRescindedDate: String
      allegedFathers: [VitalsAllegedFather!]!
      geneticTests: [VitalsGeneticTest!]!
      conflicts: [String!]!
    }
    type VitalsBirthRecord {
      certificateNumber: String
      child: VitalsParty
      mother: VitalsParty
      legalFather: VitalsParty
      paternity: VitalsPaternity
      lastModified: String
    }
    type VitalsRegistrantDetails {
      registrant: VitalsRegistrant
      births: [VitalsBirthRecord!]!
    }
    extend type Query {
      vitalsRegistrant(registrantId: String!): VitalsRegistrantDetails
      vitalsSearch(
        surname: String
        givenName: String
        birthDate: String
        ssn: String
        certificateNumber: String
      ): [VitalsRegistrant!]!
    }
  `,
  additionalResolvers: {
    Query: {
      async vitalsRegistrant(_root: unknown, args: { registrantId: string }) {
        const answer = await soap(
          'GetRegistrant',
          `<v:GetRegistrant>${element('RegistrantId', args.registrantId)}</v:GetRegistrant>`,
        );
        return {
          registrant: (camel(answer.Registrant) as any[] | null)?.[0] ?? null,
          births: (answer.BirthRecord ?? []).map(birth),
        };
      },
      async vitalsSearch(_root: unknown, args: Record<string, string | undefined>) {
        const answer = await soap(
          'SearchRegistrants',
          '<v:SearchRegistrants>' +
            element('Surname', args.surname) +
            element('GivenName', args.givenName) +
            element('BirthDate', args.birthDate) +
            element('SSN', args.ssn) +
            element('CertificateNumber', args.certificateNumber) +
            '</v:SearchRegistrants>',
        );
        return camel(answer.Registrant ?? []);
      },
    },
  },
});
