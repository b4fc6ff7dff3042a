//! mistake: summing a filter's booleans as Python does (`sum(x > 0 for ..)`)
//! offending: Iterator::sum::<u32>
//! category: type
use comprehensions::comp;

fn main() {
    let days = vec![vec![3, -1, 2], vec![-5, -2, 0]];
    let positives = comp![Iterator::sum::<u32>(*t > 0 for t in day) for day in &days];
    println!("{positives:?}");
}
