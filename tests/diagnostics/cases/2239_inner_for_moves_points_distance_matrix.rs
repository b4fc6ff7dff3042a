//! mistake: iterated `points` by value in the inner `for` of a pairwise distance matrix, moving it while the outer loop borrows it
//! offending: points
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Point3 {
    x: f64,
    y: f64,
    z: f64,
}

fn dist(a: &Point3, b: &Point3) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2) + (a.z - b.z).powi(2)).sqrt()
}

fn main() {
    // C-alpha coordinates of a short peptide
    let points = vec![
        Point3 { x: 0.0, y: 0.0, z: 0.0 },
        Point3 { x: 3.8, y: 0.0, z: 0.0 },
        Point3 { x: 5.1, y: 3.5, z: 0.4 },
    ];
    // Python: d = [[dist(a, b) for b in points] for a in points]
    let d: Vec<Vec<f64>> = comp![[dist(a, &b) for b in points] for a in &points];
    for row in &d {
        println!("{row:.2?}");
    }
}
