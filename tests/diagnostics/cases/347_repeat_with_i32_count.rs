//! mistake: Python's `"*" * r.stars` as `"*".repeat(r.stars)` with an `i32` field (`repeat` takes a `usize`)
//! offending: r.stars
//! category: type
use comprehensions::comp;

struct Review {
    title: String,
    stars: i32,
}

fn main() {
    let reviews = vec![
        Review { title: "ok".to_string(), stars: 3 },
        Review { title: "great".to_string(), stars: 5 },
    ];
    // Python: bars = [f"{r.title}: " + "*" * r.stars for r in reviews]
    let bars = comp![format!("{}: {}", r.title, "*".repeat(r.stars)) for r in &reviews];
    println!("{bars:?}");
}
