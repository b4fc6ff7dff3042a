//! mistake: dereferenced boxed call arguments out of a borrowed call node
//! offending: **arg
//! category: ownership
#[derive(Debug)]
enum Expr {
    Var(String),
    Lit(i64),
}

struct Call {
    callee: String,
    args: Vec<Box<Expr>>,
}

fn main() {
    let call = Call { callee: "max".into(), args: vec![Box::new(Expr::Var("a".into())), Box::new(Expr::Lit(3))] };
    let unboxed: Vec<Expr> = call.args.iter().map(|arg| **arg).collect();
    println!("{}({unboxed:?})", call.callee);
}
