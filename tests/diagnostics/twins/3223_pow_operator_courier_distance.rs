//! mistake: squared the courier's offset with Python's `**` operator
//! offending: dx ** 2
//! category: python-habit
struct Courier {
    name: &'static str,
    x: f64,
    y: f64,
}

fn main() {
    let restaurant = (3.0_f64, 4.0_f64);
    let couriers = vec![
        Courier { name: "Ana", x: 1.0, y: 1.0 },
        Courier { name: "Bo", x: 5.0, y: 9.0 },
    ];
    let mut dist2 = Vec::new();
    for c in &couriers {
        let dx = c.x - restaurant.0;
        let dy = c.y - restaurant.1;
        dist2.push((c.name, dx ** 2 + dy ** 2));
    }
    println!("{dist2:?}");
}
