//! mistake: compared a borrowed `&f64` loop variable with a float literal to find heat-wave days
//! offending: t > 30.0
//! category: type

fn main() {
    let max_temps: Vec<f64> = vec![28.9, 31.2, 33.0, 29.5, 34.8];
    let mut hot_days = Vec::new();
    for t in &max_temps {
        if t > 30.0 {
            hot_days.push(t);
        }
    }
    println!("{} hot days: {hot_days:?}", hot_days.len());
}
