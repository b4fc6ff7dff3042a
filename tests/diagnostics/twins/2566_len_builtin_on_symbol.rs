//! mistake: called Python's `len(..)` builtin on a symbol's name
//! offending: len(sym.name)
//! category: python-habit
struct Symbol {
    name: String,
    slot: usize,
}

fn main() {
    let globals = vec![
        Symbol { name: "print".into(), slot: 0 },
        Symbol { name: "range".into(), slot: 1 },
        Symbol { name: "__builtins__".into(), slot: 2 },
    ];
    let widths: Vec<_> = globals.iter().map(|sym| (sym.slot, len(sym.name))).collect();
    println!("{widths:?}");
}
