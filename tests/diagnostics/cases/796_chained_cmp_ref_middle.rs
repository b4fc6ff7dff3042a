//! mistake: chained comparison 0 <= t < 100 where t is a &i32 (iterating &temps)
//! offending: 0 <= t
//! category: type
use comprehensions::comp;

fn main() {
    let temps = vec![-5, 20, 140, 37];
    let valid = comp![*t for t in &temps if 0 <= t < 100];
    println!("{valid:?}");
}
