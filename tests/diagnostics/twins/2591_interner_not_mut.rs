//! mistake: interned identifiers through an interner binding that was not declared `mut`
//! offending: interner
//! category: ownership
use std::collections::HashMap;

#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(s.to_string()).or_insert(next)
    }
}

fn main() {
    let interner = Interner::default();
    let idents = ["x", "y", "x", "print"];
    let ids: Vec<u32> = idents.iter().map(|name| interner.intern(name)).collect();
    println!("{ids:?}");
}
