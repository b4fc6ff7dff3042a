//! mistake: took each patrol's last waypoint with Python's negative index `[-1]`
//! offending: -1
//! category: python-habit
struct Patrol {
    guard: &'static str,
    waypoints: Vec<(i32, i32)>,
}

fn main() {
    let patrols = vec![
        Patrol { guard: "north", waypoints: vec![(0, 0), (4, 0), (4, 4)] },
        Patrol { guard: "gate", waypoints: vec![(9, 2), (9, 7)] },
    ];
    let ends: Vec<(&str, (i32, i32))> = patrols.iter().map(|p| (p.guard, p.waypoints[-1])).collect();
    println!("{ends:?}");
}
