//! mistake: a `for` loop over a lazy `?` generator adds its items to an integer total: each item is a Result
//! offending: total += n
//! category: try
use comprehensions::comp;

fn main() {
    let amounts = ["10", "25", "x"];
    let mut total = 0i64;
    for n in comp!((a.parse::<i64>()? for a in amounts)) {
        total += n;
    }
    println!("{total}");
}
