//! mistake: replaced negative flow readings with the integer `0` in a conditional whose other branch is `f64`
//! offending: 0 }
//! category: type
struct FlowMeter {
    id: u8,
    litres_per_min: f64,
}

fn main() {
    let meters = vec![FlowMeter { id: 1, litres_per_min: 14.2 }, FlowMeter { id: 2, litres_per_min: -0.3 }];
    let mut cleaned = Vec::new();
    for m in &meters {
        if m.id > 0 {
            cleaned.push(if m.litres_per_min >= 0.0 { m.litres_per_min } else { 0 });
        }
    }
    let total: f64 = cleaned.iter().sum();
    println!("{total}");
}
