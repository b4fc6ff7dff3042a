//! mistake: names the loop variable `orderTotal` after the JSON field, as Python code often does
//! offending: orderTotal
//! category: lint
use comprehensions::comp;

fn main() {
    let totals_raw = vec![10.0, 20.5];
    let with_vat = comp![orderTotal * 1.2 for orderTotal in totals_raw];
    println!("{with_vat:?}");
}
