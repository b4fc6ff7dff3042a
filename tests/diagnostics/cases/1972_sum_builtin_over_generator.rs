//! mistake: summed each CSV row with Python's builtin `sum(int(x) for x in row.split(','))`, written `sum(..)` around a generator
//! offending: sum
//! category: python-habit
use comprehensions::comp;

fn main() {
    let text = "1,2,3\n10,20\n5";
    let totals: Vec<i32> = comp![sum(x.parse::<i32>().unwrap() for x in row.split(',')) for row in text.lines()];
    println!("{totals:?}");
}
