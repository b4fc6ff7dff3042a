//! mistake: a DP row written as an array `[0; m + 1]` whose length is a runtime value (Python lists have no fixed size)
//! offending: m + 1
//! category: type
fn main() {
    let text = "kitten";
    let n = 3;
    let m = text.len();
    let dp = (0..=n).map(|_| [0i64; m + 1]).collect::<Vec<_>>();
    println!("{}", dp.len());
}
