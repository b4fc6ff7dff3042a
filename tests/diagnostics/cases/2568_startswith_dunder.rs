//! mistake: used Python's `startswith` method name to skip dunder names
//! offending: startswith
//! category: python-habit
use comprehensions::comp;

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
    let public = comp![&b.name for b in &scope if !b.name.startswith("__") && b.depth == 0];
    println!("{public:?}");
}
