//! mistake: a chained conditional `a if c else b if d` whose last `else` was left out
//! offending: "mid" if s > 50
//! category: python-habit
use comprehensions::comp;

fn main() {
    let scores = vec![95, 60, 10];
    let bands = comp!["high" if s > 80 else "mid" if s > 50 for s in scores];
    println!("{bands:?}");
}
