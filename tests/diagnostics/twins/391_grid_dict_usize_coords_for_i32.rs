use std::collections::HashMap;

fn main() {
    let text = "#.#\n..#\n#..";
    let mut grid: HashMap<(i32, i32), char> = HashMap::new();
    for (y, line) in text.lines().enumerate() {
        for (x, c) in line.chars().enumerate() {
            if c != '.' {
                grid.insert((x, y), c);
            }
        }
    }
    println!("{}", grid.len());
}
