//! mistake: a `for` over a borrowed lazy form, `for line in &comp!((..))`, from the habit of `for x in &v`
//! offending: &comp!((format!("{}: {}", k, v) for (k, v) in &totals))
//! category: type
use comprehensions::comp;

fn main() {
    let totals = vec![("mon", 12u32), ("tue", 9), ("wed", 15)];
    for line in &comp!((format!("{}: {}", k, v) for (k, v) in &totals)) {
        println!("{line}");
    }
}
