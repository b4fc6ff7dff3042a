//! mistake: forgot the `in` keyword between the loop pattern and the carts
//! offending: abandoned_carts
//! category: syntax
struct Cart {
    email: &'static str,
    hours_idle: u32,
}

fn main() {
    let abandoned_carts = vec![Cart { email: "x@shop.test", hours_idle: 30 }, Cart { email: "y@shop.test", hours_idle: 2 }];
    let mut reminders = Vec::new();
    for c abandoned_carts {
        if c.hours_idle > 24 {
            reminders.push(c.email);
        }
    }
    println!("{reminders:?}");
}
