import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATION } from '../../../../shared/demo/organisation';
import { RAWAA_PRO_500 } from '../../../../shared/demo/products';
import { fillPlaceholders } from '../../../../shared/domain/content';
import { previewValues, splitGaps } from './preview-values';

const NOW = Date.UTC(2026, 10, 23, 9);

describe('script preview values', () => {
  it('fills lead, agent, organisation and product in the language being edited', () => {
    const v = previewValues({
      lead: { name: 'Ayşe Yılmaz', company: 'Kaya Lojistik' },
      agentName: 'Sarah Mitchell',
      organisation: DEMO_ORGANISATION,
      product: RAWAA_PRO_500,
      language: 'tr',
      digits: 'latn',
      now: NOW,
    });
    expect(v['org.name']).toBe('Rawaa Su Teknolojileri');
    expect(v['product.price']).toMatch(/189/);
    expect(v.benefit).toBe(RAWAA_PRO_500.fab[0]!.benefits.tr![0]);
    expect(v.deadline).toMatch(/30 Kas 2026/);
    expect(fillPlaceholders('{lead.name} · {agent.name} · {product.name}', v)).toBe(
      'Ayşe Yılmaz · Sarah Mitchell · Rawaa Pro 500',
    );
  });

  it('leaves gaps for what it cannot fill, and splits them out for marking', () => {
    const v = previewValues({
      lead: { name: 'Omar', company: '' },
      agentName: null,
      organisation: null,
      product: null,
      language: 'en',
      digits: 'latn',
      now: NOW,
    });
    const text = fillPlaceholders('Hi {lead.name} from {lead.company}, {agent.name}', v);
    expect(text).toBe('Hi Omar from ⟦lead.company⟧, ⟦agent.name⟧');
    expect(splitGaps(text)).toEqual([
      { text: 'Hi Omar from ', gap: false },
      { text: '⟦lead.company⟧', gap: true },
      { text: ', ', gap: false },
      { text: '⟦agent.name⟧', gap: true },
    ]);
  });
});
