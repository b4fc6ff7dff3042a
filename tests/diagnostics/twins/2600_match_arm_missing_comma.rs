//! mistake: left out the comma between two `match` arms in the element
//! offending: Op::Sub
//! category: syntax
#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
}

fn main() {
    let ops = vec![Op::Add, Op::Mul, Op::Sub];
    let symbols: Vec<char> = ops.iter().map(|&op| match op { Op::Add => '+' Op::Sub => '-', Op::Mul => '*' }).collect();
    println!("{symbols:?}");
}
