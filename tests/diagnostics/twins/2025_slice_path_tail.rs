//! mistake: skipped the start node of an A* path with Python's slice `path[1:]`
//! offending: path[1:]
//! category: python-habit
fn step_cost(cell: (u32, u32)) -> u32 {
    1 + (cell.0 + cell.1) % 3
}

fn main() {
    let path = vec![(0, 0), (1, 0), (1, 1), (2, 1)];
    let mut costs = Vec::new();
    for &c in path[1:] {
        costs.push(step_cost(c));
    }
    println!("total {}", costs.iter().sum::<u32>());
}
