//! mistake: a DP row written as an array `[0; m + 1]` whose length is a runtime value (Python lists have no fixed size)
//! offending: m + 1
//! category: type
use comprehensions::comp;

fn main() {
    let text = "kitten";
    let n = 3;
    let m = text.len();
    let dp = comp![[0i64; m + 1] for _ in 0..=n];
    println!("{}", dp.len());
}
