//! mistake: summed `&u32` quiz points straight into an `f64`
//! offending: sum::<f64>
//! category: type
struct Student {
    name: &'static str,
    quiz_points: Vec<u32>,
}

fn main() {
    let class = vec![
        Student { name: "Cyd", quiz_points: vec![8, 9, 10] },
        Student { name: "Dov", quiz_points: vec![5, 7] },
    ];
    let means: Vec<(&str, f64)> = class
        .iter()
        .map(|s| (s.name, s.quiz_points.iter().sum::<f64>() / s.quiz_points.len() as f64))
        .collect();
    println!("{means:?}");
}
