/**
 * The synthetic population: families generated from a seed, each a pure function of the
 * seed and the family's number, so that any family can be regenerated on demand instead
 * of being kept in memory; what stays in memory is where each family starts and
 * per-agency search indexes. Each agency sees the people through its own
 * {@link Identity}, with the dirty data real agencies hold (nicknames, typos, maiden
 * names, missing or mistyped SSNs, estimated dates of birth). Families reach back a
 * generation (grandparents, aunts and uncles, tied by birth records), and some are hard
 * cases on purpose: a mother at risk of family violence whose flagged record does not
 * plainly link to her others ({@link HardCases}).
 */
package org.casebridge.simulator.internal.population;
