//! mistake: passed `&Expr` items to a function that takes an `Expr` by value
//! offending: fold_constants(e)
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone)]
enum Expr {
    Num(i64),
    Add(Box<Expr>, Box<Expr>),
}

fn fold_constants(e: Expr) -> Expr {
    match e {
        Expr::Add(a, b) => match (*a, *b) {
            (Expr::Num(x), Expr::Num(y)) => Expr::Num(x + y),
            (a, b) => Expr::Add(Box::new(a), Box::new(b)),
        },
        other => other,
    }
}

fn main() {
    let body = vec![Expr::Add(Box::new(Expr::Num(1)), Box::new(Expr::Num(2))), Expr::Num(5)];
    let folded: Vec<Expr> = comp![fold_constants(e) for e in &body];
    println!("{folded:?} from {} statements", body.len());
}
