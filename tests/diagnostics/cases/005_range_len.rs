//! mistake: Python's `range(len(xs))` to loop over indices
//! offending: range(len(prices))
//! category: python-habit
use comprehensions::comp;

fn main() {
    let prices = vec![3.5, 2.0, 7.25];
    let labelled = comp![format!("#{i}: {}", prices[i]) for i in range(len(prices))];
    println!("{labelled:?}");
}
