//! mistake: used Python's `startswith` method name to skip dunder names
//! offending: startswith
//! category: python-habit
struct Binding {
    name: String,
    depth: u8,
}

fn main() {
    let scope = vec![
        Binding { name: "__name__".into(), depth: 0 },
        Binding { name: "parse_expr".into(), depth: 0 },
        Binding { name: "lexer".into(), depth: 1 },
    ];
    let mut public = Vec::new();
    for b in &scope {
        if !b.name.startswith("__") && b.depth == 0 {
            public.push(&b.name);
        }
    }
    println!("{public:?}");
}
