import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
const root = '/work/wt/finder/';
const bundle = await build({ stdin: { contents: "export * from '@plaza/directory';", resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', conditions: ['plaza-source'], write: false, logLevel: 'warning' });
const d = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
const ex = JSON.parse(readFileSync(root+'packages/directory/examples/directory.json','utf8'));
const gen = (n)=>Array.from({length:n},(_,i)=>{const b=ex[i%ex.length];return {...b,id:`${b.id}-${i}`,name:`${b.name} x ${i}`, service_areas:[{id:'a'+i,name:'x',uri:'urn:plaza:jurisdiction:county:13'+String(i%80).padStart(3,'0')}],service_at_locations: (b.service_at_locations ?? []).map((sal) => ({...sal,location: { ...sal.location, latitude: 31 + Math.random() * 4, longitude: -85 + Math.random() * 4 }}))}});
const text = JSON.stringify(gen(10000));
const cpu=(f)=>{const s=process.cpuUsage();const r=f();const u=process.cpuUsage(s);return [(u.user+u.system)/1000,r]};
const services = d.readDirectory(text).services;
const sizes = {};
for (const s of services) for (const [k,v] of Object.entries(s)) sizes[k]=(sizes[k]??0)+JSON.stringify(v??null).length+k.length+4;
console.log(Object.entries(sizes).map(([k,v])=>k+' '+(v/1e6).toFixed(2)).join(', '));
const tables = {o:new Map(),c:new Map(),l:new Map()};
const ref=(m,v)=>{const k=JSON.stringify(v);if(!m.has(k))m.set(k,m.size);return m.get(k)};
const compact = services.map(s=>({...s, organization: s.organization&&ref(tables.o,s.organization), categories:s.categories.map(c=>ref(tables.c,c)), languages:s.languages.map(c=>ref(tables.l,c))}));
const ctext = JSON.stringify({o:[...tables.o.keys()].map(k=>JSON.parse(k)),services:compact});
console.log('compact MB', ctext.length/1e6, 'orgs', tables.o.size);
for (let r=0;r<3;r++){
  const [p] = cpu(()=>JSON.parse(text));
  const [cp, parsed] = cpu(()=>JSON.parse(ctext));
  const coll = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
  const [srt] = cpu(()=>[...services].sort((a,b)=>coll.compare(a.name,b.name)));
  console.log({hsdsParse:p, compactParse: cp, sort: srt});
}
