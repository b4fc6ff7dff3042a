//! mistake: converted integer miles to km by multiplying a `u32` by `1.609`
//! offending: l.miles * 1.609
//! category: type
struct Leg {
    code: &'static str,
    miles: u32,
}

fn legs() -> Vec<Leg> {
    vec![Leg { code: "LYS-DIJ", miles: 120 }, Leg { code: "DIJ-CDG", miles: 195 }]
}

fn main() {
    let all = legs();
    let km: Vec<(&str, f64)> = all.iter().map(|l| (l.code, l.miles * 1.609)).collect();
    println!("{km:?}");
}
