//! mistake: compounded a daily return to an annual one with Python's `**` operator
//! offending: **
//! category: python-habit
use comprehensions::comp;

fn main() {
    let funds = vec![("growth", 0.00045_f64), ("income", 0.00018), ("cash", 0.00011)];
    let annual = comp![(name, (1.0 + daily) ** 252.0 - 1.0) for (name, daily) in &funds];
    for (name, r) in annual {
        println!("{name}: {:.2}%", r * 100.0);
    }
}
