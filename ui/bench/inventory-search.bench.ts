// Search-as-you-type in the inventory (issue #21): 1,000 holders filtered once per keystroke,
// by Latin name, Chinese name and pinyin. Goal: under 5 ms per keystroke.
// Run with `npm --prefix ui run bench`.
import { bench, describe } from "vitest";
import { filterHolders } from "../src/features/holders/search";
import type { HolderSummary } from "../src/ipc/gen";

const SYLLABLES = ["tao", "bao", "mei", "tuan", "wei", "xin", "zhi", "fu", "jing", "dong", "pin", "duo", "xiao", "hong", "shu"];
const CHARACTERS = "淘宝美团微信支付京东拼多小红书滴出行饿了么";

function holder(i: number): HolderSummary {
  const a = SYLLABLES[i % SYLLABLES.length] ?? "";
  const b = SYLLABLES[(i * 7) % SYLLABLES.length] ?? "";
  const zh = `${CHARACTERS.charAt(i % CHARACTERS.length)}${CHARACTERS.charAt((i * 3) % CHARACTERS.length)}${i}`;
  return {
    holder: {
      id: i, name: `Company ${i} ${a}`, nameZh: zh, operator: `${zh}科技有限公司`, aliases: [`${zh}App`],
      domains: [`company${i}.example.cn`], jurisdiction: "CN", kind: "app", email: null, phone: null, address: null,
      webformUrl: null, policyUrl: null, notes: null, directoryRef: null,
      createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z",
    },
    accounts: 1, categories: [], sensitive: false, biometric: false, requests: 2, openRequests: 1,
    spellings: [`${a}${b}${i}`, `${a.charAt(0)}${b.charAt(0)}${i}`],
  };
}

const inventory = Array.from({ length: 1000 }, (_, i) => holder(i + 1));

describe("inventory of 1,000 holders, one keystroke (goal: under 5 ms)", () => {
  for (const typed of ["t", "ta", "taob", "taobao", "tb", "淘", "淘宝", "company 99"]) {
    bench(`"${typed}"`, () => {
      filterHolders(inventory, typed);
    });
  }
});
