//! mistake: took each patrol's last waypoint with Python's negative index `[-1]`
//! offending: -1
//! category: python-habit
use comprehensions::comp;

struct Patrol {
    guard: &'static str,
    waypoints: Vec<(i32, i32)>,
}

fn main() {
    let patrols = vec![
        Patrol { guard: "north", waypoints: vec![(0, 0), (4, 0), (4, 4)] },
        Patrol { guard: "gate", waypoints: vec![(9, 2), (9, 7)] },
    ];
    let ends = comp![(p.guard, p.waypoints[-1]) for p in &patrols];
    println!("{ends:?}");
}
