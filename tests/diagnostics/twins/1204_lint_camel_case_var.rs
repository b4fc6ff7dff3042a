//! mistake: names the loop variable `orderTotal` in a loop
//! offending: orderTotal
//! category: lint

fn main() {
    let totals_raw = vec![10.0, 20.5];
    let mut with_vat = Vec::new();
    for orderTotal in totals_raw {
        with_vat.push(orderTotal * 1.2);
    }
    println!("{with_vat:?}");
}
