//! mistake: forgot `in` between the loop pattern and the iterable
//! offending: ast.functions
//! category: syntax
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
    let mut signatures = Vec::new();
    for f ast.functions {
        signatures.push(format!("{}({})", f.name, f.params.join(", ")));
    }
    println!("{signatures:?}");
}
