//! mistake: a `?` in a nested row display expected to fail the whole grid parse (it makes each row an `Option` instead)
//! offending: c.to_digit(10)?
//! category: try
fn parse_grid(lines: &[&str]) -> Option<Vec<Vec<u32>>> {
    Some(
        lines
            .iter()
            .map(|line| line.chars().map(|c| c.to_digit(10)?).collect::<Vec<_>>())
            .collect::<Vec<_>>(),
    )
}

fn main() {
    println!("{:?}", parse_grid(&["123", "456"]));
}
