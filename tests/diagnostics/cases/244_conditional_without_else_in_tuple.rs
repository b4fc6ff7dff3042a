//! mistake: a conditional without `else` inside a tuple element, `(n, "big" if n > 100)`
//! offending: "big" if n > 100
//! category: python-habit
use comprehensions::comp;

fn main() {
    let sizes = vec![12, 340, 80];
    let tagged = comp![(n, "big" if n > 100) for n in sizes];
    println!("{tagged:?}");
}
