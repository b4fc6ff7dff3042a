//! mistake: forgot the `in` keyword between the loop pattern and the carts
//! offending: abandoned_carts
//! category: syntax
use comprehensions::comp;

struct Cart {
    email: &'static str,
    hours_idle: u32,
}

fn main() {
    let abandoned_carts = vec![Cart { email: "x@shop.test", hours_idle: 30 }, Cart { email: "y@shop.test", hours_idle: 2 }];
    let reminders = comp![c.email for c abandoned_carts if c.hours_idle > 24];
    println!("{reminders:?}");
}
