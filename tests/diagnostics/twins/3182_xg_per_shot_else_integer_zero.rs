//! mistake: gave the conditional an integer `0` in the else branch of an `f64` expression
//! offending: else { 0 }
//! category: type
struct Player {
    xg: f64,
    shots: u32,
}

fn main() {
    let squad = vec![Player { xg: 12.4, shots: 80 }, Player { xg: 0.0, shots: 0 }];
    let per_shot: Vec<f64> = squad
        .iter()
        .map(|p| if p.shots > 0 { p.xg / p.shots as f64 } else { 0 })
        .collect();
    println!("{per_shot:?}");
}
