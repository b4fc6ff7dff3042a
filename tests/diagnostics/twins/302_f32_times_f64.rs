//! mistake: multiplying an `f32` price field by an `f64` rate (Python has one float type) (hand-written)
struct Item {
    price: f32,
}

fn main() {
    let items = vec![Item { price: 10.0 }, Item { price: 2.5 }];
    let vat: f64 = 1.2;
    let gross: Vec<_> = items.iter().map(|it| it.price * vat).collect();
    println!("{gross:?}");
}
