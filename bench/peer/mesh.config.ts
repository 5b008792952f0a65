// Composes the peer gateway's supergraph over the same simulated agencies CaseBridge uses.
// REST agencies through @omnigraph/json-schema (types inferred from the wire samples in
// samples/, taken from docs/agencies.md); vital records (SOAP 1.1) is added by the
// gateway itself, see gateway.config.ts. Endpoints come from BENCH_PORT_BASE.
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadJSONSchemaSubgraph } from '@omnigraph/json-schema';

const base = Number(process.env.BENCH_PORT_BASE || 9100);
const agency = (offset: number) => `http://127.0.0.1:${base + offset}`;
const strings = (...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, { type: 'string' }]));

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadJSONSchemaSubgraph('Support', {
        endpoint: agency(1),
        operations: [
          {
            type: 'Query',
            field: 'supportMembers',
            path: '/api/v2/members',
            queryParamArgMap: { lastName: 'lastName', firstName: 'firstName', birthDate: 'birthDate', ssn: 'ssn', caseId: 'caseId' },
            argTypeMap: strings('lastName', 'firstName', 'birthDate', 'ssn', 'caseId'),
            method: 'GET',
            responseSample: './samples/support-members.json',
            responseTypeName: 'SupportMembers',
          },
          {
            type: 'Query',
            field: 'supportMember',
            path: '/api/v2/members/{args.memberId}',
            method: 'GET',
            argTypeMap: { memberId: { type: 'string' } },
            requiredArgs: ['memberId'],
            responseSample: './samples/support-member.json',
            responseTypeName: 'SupportMember',
          },
        ],
      }),
    },
    {
      // The bearer token is added by the gateway (gateway.config.ts), from the agency's own
      // client-credentials endpoint, as CaseBridge's connector does.
      sourceHandler: loadJSONSchemaSubgraph('Welfare', {
        endpoint: agency(2),
        operations: [
          {
            type: 'Query',
            field: 'welfareSearch',
            path: '/ccwis/persons/search',
            queryParamArgMap: { last_name: 'last_name', first_name: 'first_name', dob: 'dob', ssn: 'ssn', case_number: 'case_number' },
            argTypeMap: strings('last_name', 'first_name', 'dob', 'ssn', 'case_number'),
            method: 'GET',
            responseSample: './samples/welfare-search.json',
            responseTypeName: 'WelfareSearch',
          },
          {
            type: 'Query',
            field: 'welfarePerson',
            path: '/ccwis/persons/{args.personId}',
            method: 'GET',
            argTypeMap: { personId: { type: 'string' } },
            requiredArgs: ['personId'],
            responseSample: './samples/welfare-person.json',
            responseTypeName: 'WelfarePersonDetails',
          },
        ],
      }),
    },
    {
      sourceHandler: loadJSONSchemaSubgraph('Locate', {
        endpoint: agency(4),
        operations: [
          {
            type: 'Query',
            field: 'locateSubjects',
            path: '/locate/v1/subjects?page=0&size=50',
            queryParamArgMap: { ssn: 'ssn', surname: 'surname', given: 'given', dob: 'dob' },
            argTypeMap: strings('ssn', 'surname', 'given', 'dob'),
            method: 'GET',
            responseSample: './samples/locate-subjects.json',
            responseTypeName: 'LocateSubjects',
          },
          {
            type: 'Query',
            field: 'locateRecords',
            path: '/locate/v1/subjects/{args.subjectKey}/records?page={args.page}&size={args.size}',
            method: 'GET',
            argTypeMap: { subjectKey: { type: 'string' }, page: { type: 'integer' }, size: { type: 'integer' } },
            requiredArgs: ['subjectKey'],
            responseSample: './samples/locate-records.json',
            responseTypeName: 'LocateRecords',
          },
        ],
      }),
    },
  ],
});
