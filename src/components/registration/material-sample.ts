import type { MaterialKind } from '@contract';
import type { PhotoSampleKind } from '@/components/photo-slot/photo-sample';

/** Which drawn sample shows the page to photograph for each material (FAQ 12). */
const SAMPLES: Record<MaterialKind, PhotoSampleKind> = {
  'household-register': 'booklet',
  'household-index-page': 'booklet',
  'household-move-page': 'booklet',
  'property-certificate': 'certificate',
  'birth-medical-certificate': 'certificate',
  'marriage-certificate': 'certificate',
  'father-birth-certificate': 'certificate',
  'one-child-certificate': 'certificate',
  'residence-permit': 'certificate',
  'business-licence': 'certificate',
  'student-status-proof': 'certificate',
  'police-kinship-certificate': 'document',
  'purchase-contract': 'document',
  'rental-contract': 'document',
  'employment-proof': 'document',
  'social-insurance-record': 'document',
  'correction-evidence': 'document',
  'new-home-proof': 'document',
  'transfer-supporting-document': 'document',
};

export function sampleFor(kind: MaterialKind): PhotoSampleKind {
  return SAMPLES[kind];
}
