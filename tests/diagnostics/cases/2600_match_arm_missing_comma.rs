//! mistake: left out the comma between two `match` arms in the element
//! offending: Op::Sub
//! category: syntax
use comprehensions::comp;

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
}

fn main() {
    let ops = vec![Op::Add, Op::Mul, Op::Sub];
    let symbols = comp![match op { Op::Add => '+' Op::Sub => '-', Op::Mul => '*' } for &op in &ops];
    println!("{symbols:?}");
}
