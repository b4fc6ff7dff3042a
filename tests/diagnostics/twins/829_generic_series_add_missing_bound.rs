//! mistake: adds two `T`s in a generic struct's method whose impl only requires `T: Copy`, not `Add<Output = T>`
//! offending: *x + self.offset
//! category: type
struct Series<T> {
    values: Vec<T>,
    offset: T,
}

impl<T: Copy> Series<T> {
    fn shifted(&self) -> Vec<T> {
        self.values.iter().map(|x| *x + self.offset).collect()
    }
}

fn main() {
    let s = Series { values: vec![1, 2, 3], offset: 10 };
    println!("{:?}", s.shifted());
}
