// The catalog's shapes, as the rest of the project imports them. They are inferred from the one
// schema that validates the data files (./schema.ts): written once, there.
export type {
  CertificationData,
  CertificationLevel,
  Citation,
  Confidence,
  CostComponent,
  Depth,
  ExamData,
  ExperienceRequirementData,
  HolderCountData,
  PartialDate,
  PriceData,
  ProviderData,
  RenewalData,
  RoleData,
  SourceRef,
  StatementData,
  TopicCoverageData,
  TopicData,
  TopicKind,
  UrlKind,
} from './schema.js';
