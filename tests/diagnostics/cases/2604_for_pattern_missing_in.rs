//! mistake: forgot `in` between the loop pattern and the iterable
//! offending: ast.functions
//! category: syntax
use comprehensions::comp;

struct Function {
    name: String,
    params: Vec<String>,
}

struct Module {
    functions: Vec<Function>,
}

fn main() {
    let ast = Module {
        functions: vec![Function { name: "gcd".into(), params: vec!["a".into(), "b".into()] }],
    };
    let signatures = comp![format!("{}({})", f.name, f.params.join(", ")) for f ast.functions];
    println!("{signatures:?}");
}
