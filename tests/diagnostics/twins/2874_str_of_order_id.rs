//! mistake: converted the order number to a string with Python's `str()`
//! offending: str(o.number)
//! category: python-habit
struct Order {
    number: u32,
    region: &'static str,
}

fn main() {
    let orders = vec![Order { number: 1001, region: "EU" }, Order { number: 1002, region: "US" }];
    let refs: Vec<String> = orders.iter().map(|o| o.region.to_string() + "-" + &str(o.number)).collect();
    println!("{refs:?}");
}
