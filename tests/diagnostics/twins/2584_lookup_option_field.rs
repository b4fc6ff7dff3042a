//! mistake: read a field straight off the `Option` that a scope lookup returns
//! offending: depth
//! category: type
use std::collections::HashMap;

struct Symbol {
    depth: u32,
}

struct Scope {
    symbols: HashMap<String, Symbol>,
}

impl Scope {
    fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }
}

fn main() {
    let scope = Scope {
        symbols: HashMap::from([("x".to_string(), Symbol { depth: 0 }), ("acc".to_string(), Symbol { depth: 1 })]),
    };
    let free_vars = vec!["x", "acc"];
    let depths: Vec<_> = free_vars.iter().map(|name| (name, scope.lookup(name).depth)).collect();
    println!("{depths:?}");
}
