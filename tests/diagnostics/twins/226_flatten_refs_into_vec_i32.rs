//! mistake: flattening a `&Vec<Vec<i32>>` into a `Vec<i32>` (hand-written)
fn total_cells(matrix: &Vec<Vec<i32>>) -> Vec<i32> {
    let mut flat: Vec<i32> = Vec::new();
    for row in matrix {
        for x in row {
            flat.push(x);
        }
    }
    flat
}

fn main() {
    let m = vec![vec![1, 2], vec![3, 4]];
    println!("{:?}", total_cells(&m));
}
