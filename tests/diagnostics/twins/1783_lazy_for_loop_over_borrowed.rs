//! mistake: a `for` over a borrowed lazy form, `for line in &comp!((..))`, from the habit of `for x in &v`
//! offending: &totals.iter().map(|(k, v)| format!("{}: {}", k, v))
//! category: type

fn main() {
    let totals = vec![("mon", 12u32), ("tue", 9), ("wed", 15)];
    for line in &totals.iter().map(|(k, v)| format!("{}: {}", k, v)) {
        println!("{line}");
    }
}
