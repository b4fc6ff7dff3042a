//! mistake: a typed `let` clause annotating `s.len()` as `i32`
//! offending: w.len()
//! category: type
use comprehensions::comp;

fn main() {
    let words = vec!["alpha", "be", "gamma"];
    let padded = comp![format!("{w}{}", " ".repeat((8 - n) as usize)) for w in &words let n: i32 = w.len()];
    println!("{padded:?}");
}
