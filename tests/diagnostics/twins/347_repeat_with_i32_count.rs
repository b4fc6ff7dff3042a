//! mistake: `"*".repeat(r.stars)` with an `i32` field (hand-written)
struct Review {
    title: String,
    stars: i32,
}

fn main() {
    let reviews = vec![
        Review { title: "ok".to_string(), stars: 3 },
        Review { title: "great".to_string(), stars: 5 },
    ];
    let bars: Vec<String> = reviews.iter().map(|r| format!("{}: {}", r.title, "*".repeat(r.stars))).collect();
    println!("{bars:?}");
}
